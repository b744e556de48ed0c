// Package mlp describes the multi-layer perceptrons Neuron trains and proves:
// fully connected layers, ReLU between them, and a loss on the last layer.
//
// Shape is shared by every component: the MLSC record on L2, the trainer's
// engines, the checkpoint format, the fixed-point native twin and the circuit.
package mlp

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Loss selects the per-example loss on the output layer.
type Loss uint8

const (
	// SquaredError is sum_i (y_i - t_i)^2 over the outputs.
	SquaredError Loss = 1
	// CrossEntropy is softmax cross-entropy against a class label.
	CrossEntropy Loss = 2
)

// String returns the loss name used on the command line.
func (l Loss) String() string {
	switch l {
	case SquaredError:
		return "mse"
	case CrossEntropy:
		return "xent"
	default:
		return "loss(" + strconv.Itoa(int(l)) + ")"
	}
}

// ParseLoss parses "mse" or "xent".
func ParseLoss(s string) (Loss, error) {
	switch s {
	case "mse", "squared-error":
		return SquaredError, nil
	case "xent", "cross-entropy":
		return CrossEntropy, nil
	}
	return 0, fmt.Errorf("mlp: unknown loss %q (want mse or xent)", s)
}

// Limits on shapes accepted anywhere in the protocol.
const (
	MaxLayers    = 8
	MaxLayerSize = 4096
)

// ErrBadShape is wrapped by every shape validation error.
var ErrBadShape = errors.New("mlp: bad shape")

// Shape is an MLP: Layers[0] inputs, Layers[len-1] outputs, ReLU after every
// hidden layer, and Loss on the outputs. Layer i (1-based) has a weight
// matrix of Layers[i] rows and Layers[i-1] columns, stored row-major, followed
// by Layers[i] biases.
type Shape struct {
	Layers []int
	Loss   Loss
}

// ParseShape parses "784-100-10" plus a loss.
func ParseShape(layers string, loss Loss) (Shape, error) {
	parts := strings.Split(layers, "-")
	s := Shape{Loss: loss, Layers: make([]int, 0, len(parts))}
	for _, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil {
			return Shape{}, fmt.Errorf("%w: layer size %q in %q is not a number", ErrBadShape, p, layers)
		}
		s.Layers = append(s.Layers, n)
	}
	return s, s.Validate()
}

// Validate reports the first problem with the shape.
func (s Shape) Validate() error {
	if len(s.Layers) < 2 || len(s.Layers) > MaxLayers {
		return fmt.Errorf("%w: %d layers, want 2..%d", ErrBadShape, len(s.Layers), MaxLayers)
	}
	for i, n := range s.Layers {
		if n < 1 || n > MaxLayerSize {
			return fmt.Errorf("%w: layer %d has %d units, want 1..%d", ErrBadShape, i, n, MaxLayerSize)
		}
	}
	switch s.Loss {
	case SquaredError:
	case CrossEntropy:
		if s.Outputs() < 2 {
			return fmt.Errorf("%w: cross-entropy needs at least 2 outputs", ErrBadShape)
		}
	default:
		return fmt.Errorf("%w: unknown loss %d", ErrBadShape, s.Loss)
	}
	return nil
}

// Inputs is the input width.
func (s Shape) Inputs() int { return s.Layers[0] }

// Outputs is the output width.
func (s Shape) Outputs() int { return s.Layers[len(s.Layers)-1] }

// ParamCount is the number of weights and biases.
func (s Shape) ParamCount() int {
	n := 0
	for i := 1; i < len(s.Layers); i++ {
		n += s.Layers[i]*s.Layers[i-1] + s.Layers[i]
	}
	return n
}

// String renders the shape as "784-100-10/xent".
func (s Shape) String() string {
	parts := make([]string, len(s.Layers))
	for i, n := range s.Layers {
		parts[i] = strconv.Itoa(n)
	}
	return strings.Join(parts, "-") + "/" + s.Loss.String()
}

// Equal reports whether two shapes are the same.
func (s Shape) Equal(o Shape) bool {
	if s.Loss != o.Loss || len(s.Layers) != len(o.Layers) {
		return false
	}
	for i := range s.Layers {
		if s.Layers[i] != o.Layers[i] {
			return false
		}
	}
	return true
}
