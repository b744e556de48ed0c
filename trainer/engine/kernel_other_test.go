//go:build !amd64

package engine

import "testing"

func forEachKernel(t *testing.T, f func(t *testing.T)) { t.Run("go", f) }
