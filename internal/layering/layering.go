// Package layering holds the module's layer table and the test that
// enforces it (go test ./internal/layering): no package imports one above
// it, services do not import each other, and each binary links only what it
// runs. docs/architecture.md draws the same layers.
package layering
