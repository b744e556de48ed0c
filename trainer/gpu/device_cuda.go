//go:build cuda

package gpu

/*
#cgo LDFLAGS: -ldl
#include <stdlib.h>
#include <dlfcn.h>
#include <cuda.h>

// NVML, loaded at run time (libnvidia-ml.so.1 ships with the driver), so
// that neither its header nor its library is needed to build. The two
// structs are NVML's nvmlUtilization_t and nvmlMemory_t.
typedef struct { unsigned int gpu, memory; } nrn_nvml_util;
typedef struct { unsigned long long total, free, used; } nrn_nvml_mem;

// nrn_nvml_query fills util (percent) and used/total (bytes) for the device
// with the given PCI bus id. It returns 0 on success, else a negative step
// number (-1 no library, -2 missing symbol, -3 init, -4 handle, -5 query).
static int nrn_nvml_query(const char* bus, unsigned* util, unsigned long long* used, unsigned long long* total) {
	void* h = dlopen("libnvidia-ml.so.1", RTLD_NOW | RTLD_LOCAL);
	if (!h) return -1;
	int (*init)(void) = (int (*)(void))dlsym(h, "nvmlInit_v2");
	int (*shutdown)(void) = (int (*)(void))dlsym(h, "nvmlShutdown");
	int (*byBus)(const char*, void**) = (int (*)(const char*, void**))dlsym(h, "nvmlDeviceGetHandleByPciBusId_v2");
	int (*getUtil)(void*, nrn_nvml_util*) = (int (*)(void*, nrn_nvml_util*))dlsym(h, "nvmlDeviceGetUtilizationRates");
	int (*getMem)(void*, nrn_nvml_mem*) = (int (*)(void*, nrn_nvml_mem*))dlsym(h, "nvmlDeviceGetMemoryInfo");
	int rc = 0;
	void* dev = 0;
	nrn_nvml_util u;
	nrn_nvml_mem m;
	if (!init || !shutdown || !byBus || !getUtil || !getMem) { rc = -2; goto out; }
	if (init() != 0) { rc = -3; goto out; }
	if (byBus(bus, &dev) != 0) rc = -4;
	else if (getUtil(dev, &u) != 0 || getMem(dev, &m) != 0) rc = -5;
	else { *util = u.gpu; *used = m.used; *total = m.total; }
	shutdown();
out:
	dlclose(h);
	return rc;
}

static CUresult nrn_pci_bus_id(char* buf, int len, int ordinal) {
	CUdevice d;
	CUresult r = cuDeviceGet(&d, ordinal);
	if (r != CUDA_SUCCESS) return r;
	return cuDeviceGetPCIBusId(buf, len, d);
}
*/
import "C"

import (
	"fmt"
	"math"
	"runtime"
	"unsafe"

	"gorgonia.org/cu"
)

// Available reports whether this binary has the CUDA backend and the driver
// sees at least one device.
func Available() bool {
	n, err := cu.NumDevices()
	return err == nil && n > 0
}

// getDevice returns the device with a CUDA ordinal, or an error naming how
// many there are.
func getDevice(ordinal int) (cu.Device, error) {
	n, err := cu.NumDevices()
	if err != nil {
		return 0, fmt.Errorf("%w: count devices: %w", ErrDevice, err)
	}
	if ordinal < 0 || ordinal >= n {
		return 0, fmt.Errorf("%w: no CUDA device %d (%d present)", ErrDevice, ordinal, n)
	}
	d, err := cu.GetDevice(ordinal)
	if err != nil {
		return 0, fmt.Errorf("%w: device %d: %w", ErrDevice, ordinal, err)
	}
	return d, nil
}

// DeviceInfo reports a device's name, memory and utilisation. Memory and
// utilisation come from NVML (libnvidia-ml.so.1, loaded at run time); when
// NVML is missing, memory comes from the CUDA driver through the device's
// primary context (which that creates if no Trainer holds it) and
// Utilization is -1. It is safe for concurrent use.
func DeviceInfo(device int) (DeviceStatus, error) {
	d, err := getDevice(device)
	if err != nil {
		return DeviceStatus{}, err
	}
	st := DeviceStatus{Ordinal: device, Utilization: -1}
	if st.Name, err = d.Name(); err != nil {
		return st, fmt.Errorf("%w: device %d name: %w", ErrDevice, device, err)
	}
	var bus [32]C.char
	if r := C.nrn_pci_bus_id(&bus[0], C.int(len(bus)), C.int(device)); r == C.CUDA_SUCCESS {
		var util C.uint
		var used, total C.ulonglong
		if C.nrn_nvml_query(&bus[0], &util, &used, &total) == 0 {
			st.Utilization, st.MemUsed, st.MemTotal = int(util), uint64(used), uint64(total)
			return st, nil
		}
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	ctx, err := d.RetainPrimaryCtx()
	if err != nil {
		return st, fmt.Errorf("%w: device %d context: %w", ErrDevice, device, err)
	}
	defer d.ReleasePrimaryCtx()
	if err := cu.SetCurrentContext(ctx); err != nil {
		return st, fmt.Errorf("%w: device %d context: %w", ErrDevice, device, err)
	}
	free, total, err := cu.MemInfo()
	if err != nil {
		return st, fmt.Errorf("%w: device %d memory: %w", ErrDevice, device, err)
	}
	st.MemUsed, st.MemTotal = uint64(total-free), uint64(total)
	return st, nil
}

// arg is one kernel argument as the driver reads it: 8 bytes per slot, of
// which a 4-byte parameter uses the low half (little-endian).
type arg struct {
	kind byte // 'p', 'i' or 'f', as in kernelSigs
	v    uint64
}

func ptrArg(p cu.DevicePtr) arg { return arg{'p', uint64(p)} }
func intArg(v int) arg          { return arg{'i', uint64(uint32(int32(v)))} }
func f32Arg(v float32) arg      { return arg{'f', uint64(math.Float32bits(v))} }

// offset is p advanced by n float32 (or int32) elements.
func offset(p cu.DevicePtr, n int) cu.DevicePtr { return p + cu.DevicePtr(4*n) }

// device is a CUDA context with the kernels loaded and one stream. Every
// method must run on a goroutine locked to its OS thread with the context
// current (Trainer.enter).
type device struct {
	ordinal int
	dev     cu.Device
	ctx     cu.CUContext
	mod     cu.Module
	stream  cu.Stream
	sms     int
	fns     map[string]cu.Function
	sigs    map[string]string
	args    []uint64
	argp    []unsafe.Pointer

	// err is the first failure; once set, launches and copies do nothing.
	err error
}

// openDevice retains the primary context of a device and loads the kernels.
// The caller has locked its OS thread.
func openDevice(ordinal int) (_ *device, err error) {
	d := &device{ordinal: ordinal, sigs: kernelSigs(), fns: map[string]cu.Function{}}
	if d.dev, err = getDevice(ordinal); err != nil {
		return nil, err
	}
	if d.ctx, err = d.dev.RetainPrimaryCtx(); err != nil {
		return nil, fmt.Errorf("%w: device %d context: %w", ErrDevice, ordinal, err)
	}
	defer func() {
		if err != nil {
			d.close()
		}
	}()
	if err = cu.SetCurrentContext(d.ctx); err != nil {
		return nil, fmt.Errorf("%w: device %d context: %w", ErrDevice, ordinal, err)
	}
	if d.sms, err = d.dev.Attribute(cu.MultiprocessorCount); err != nil {
		return nil, fmt.Errorf("%w: device %d attributes: %w", ErrDevice, ordinal, err)
	}
	// The driver JIT-compiles the sm_80 PTX for this device (once per process).
	if d.mod, err = cu.LoadData(kernelsPTX); err != nil {
		return nil, fmt.Errorf("%w: load kernels (PTX JIT) on device %d: %w", ErrDevice, ordinal, err)
	}
	for name := range d.sigs {
		f, err := d.mod.Function(name)
		if err != nil {
			return nil, fmt.Errorf("%w: kernel %s: %w", ErrDevice, name, err)
		}
		d.fns[name] = f
	}
	if d.stream, err = cu.MakeStream(cu.NonBlocking); err != nil {
		return nil, fmt.Errorf("%w: stream: %w", ErrDevice, err)
	}
	return d, nil
}

// close releases what openDevice acquired. The caller has locked its OS
// thread.
func (d *device) close() error {
	var errs []error
	if d.stream != (cu.Stream{}) {
		errs = append(errs, d.stream.Synchronize(), d.stream.Destroy())
		d.stream = cu.Stream{}
	}
	if d.mod != (cu.Module{}) {
		errs = append(errs, d.mod.Unload())
		d.mod = cu.Module{}
	}
	if d.ctx != (cu.CUContext{}) {
		errs = append(errs, d.dev.ReleasePrimaryCtx())
		d.ctx = cu.CUContext{}
	}
	for _, e := range errs {
		if e != nil {
			return fmt.Errorf("%w: close device %d: %w", ErrDevice, d.ordinal, e)
		}
	}
	return nil
}

func (d *device) fail(what string, err error) {
	if err != nil && d.err == nil {
		d.err = fmt.Errorf("%w: %s on device %d: %w", ErrDevice, what, d.ordinal, err)
	}
}

// launch queues a kernel on the stream with gx×gy blocks of threads threads.
func (d *device) launch(name string, gx, gy, threads int, args ...arg) {
	if d.err != nil {
		return
	}
	fn, ok := d.fns[name]
	sig := d.sigs[name]
	if !ok || len(sig) != len(args) {
		d.err = fmt.Errorf("%w: kernel %s: %d arguments for signature %q", ErrDevice, name, len(args), sig)
		return
	}
	d.args, d.argp = d.args[:0], d.argp[:0]
	for i, a := range args {
		if a.kind != sig[i] {
			d.err = fmt.Errorf("%w: kernel %s: argument %d is %c, signature %q", ErrDevice, name, i, a.kind, sig)
			return
		}
		d.args = append(d.args, a.v)
	}
	for i := range d.args {
		d.argp = append(d.argp, unsafe.Pointer(&d.args[i]))
	}
	d.fail("launch "+name, fn.Launch(gx, gy, 1, threads, 1, 1, 0, d.stream, d.argp))
}

// alloc returns n zeroed 4-byte elements of device memory.
func (d *device) alloc(n int) cu.DevicePtr {
	if d.err != nil {
		return 0
	}
	p, err := cu.MemAlloc(int64(4 * max(n, 1)))
	if err != nil {
		d.fail(fmt.Sprintf("allocate %d bytes", 4*n), err)
		return 0
	}
	d.fail("memset", cu.MemsetD32Async(p, 0, int64(max(n, 1)), d.stream))
	return p
}

// free waits for the stream (queued kernels may still use p), then frees p.
func (d *device) free(p cu.DevicePtr) {
	if p != 0 {
		d.sync()
		d.fail("free", cu.MemFree(p))
	}
}

// zero clears n 4-byte elements at p, in stream order.
func (d *device) zero(p cu.DevicePtr, n int) {
	if d.err == nil && n > 0 {
		d.fail("memset", cu.MemsetD32Async(p, 0, int64(n), d.stream))
	}
}

// upload copies src to dst in stream order. src may be reused once upload
// returns: from pageable memory the driver stages the copy before returning.
func upload[T float32 | int32](d *device, dst cu.DevicePtr, src []T) {
	if d.err == nil && len(src) > 0 {
		d.fail("copy to device", cu.MemcpyHtoDAsync(dst, unsafe.Pointer(&src[0]), int64(4*len(src)), d.stream))
	}
}

// download waits for the stream, then copies len(dst) elements from src.
func download[T float32 | int32](d *device, dst []T, src cu.DevicePtr) {
	d.sync()
	if d.err == nil && len(dst) > 0 {
		d.fail("copy from device", cu.MemcpyDtoH(unsafe.Pointer(&dst[0]), src, int64(4*len(dst))))
	}
}

// sync waits for the stream; a kernel that failed reports here.
func (d *device) sync() {
	if d.err == nil {
		d.fail("run kernels", d.stream.Synchronize())
	}
}

// gemm queues C[m×n] = op(A)·op(B) with an epilogue (kernels.cu gemm_tile).
func (d *device) gemm(op string, m, n, k int, a cu.DevicePtr, lda int, b cu.DevicePtr, ldb int, c cu.DevicePtr, ldc int, epi int, aux cu.DevicePtr) {
	t := pickTile(m, n, d.sms)
	d.launch(gemmKernel(t, op), ceilDiv(n, t.bn), ceilDiv(m, t.bm), 256,
		intArg(m), intArg(n), intArg(k), ptrArg(a), intArg(lda), ptrArg(b), intArg(ldb), ptrArg(c), intArg(ldc), intArg(epi), ptrArg(aux))
}

// grid1D is the block count for a grid-stride loop over n elements.
func (d *device) grid1D(n int) int { return max(1, min(ceilDiv(n, 256), 32*d.sms)) }
