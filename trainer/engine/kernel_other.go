//go:build !amd64

package engine

const useAsm = false

func dot4x2(a *float32, lda int, b *float32, ldb int, k int, out *[8]float32) {
	panic("engine: no vector kernel on this architecture")
}

func dot1(x, y *float32, k int) float32 { panic("engine: no vector kernel on this architecture") }

func kern4x16(a *float32, lda int, b *float32, ldb int, k int, c *float32, ldc int, acc bool) {
	panic("engine: no vector kernel on this architecture")
}

func kern1x16(a *float32, b *float32, ldb int, k int, c *float32, acc bool) {
	panic("engine: no vector kernel on this architecture")
}

func adamStep(p, grad, m, v *float32, n int, k *[8]float32) {
	panic("engine: no vector kernel on this architecture")
}

func sgdStep(p, grad, m *float32, n int, k *[4]float32) {
	panic("engine: no vector kernel on this architecture")
}
