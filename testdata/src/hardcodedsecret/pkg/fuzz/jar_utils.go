// Package fuzz holds what the fuzz tests of other packages share (rekor's
// pkg/fuzz, imported only by */fuzz_test.go): a directory named fuzz,
// fuzzing, fuzzer or fuzzers is test support, so its signing key is a
// fixture, as in a _test.go file.
package fuzz

import "os"

// RSAKey signs the archives the fuzzers generate.
const RSAKey = `-----BEGIN RSA PRIVATE KEY-----
MIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu
KUpRKfFLfRYC9AIKjbJTWit+CqvjWYzvQwECAwEAAQJAIJLixBy2qpFoS4DSmoEm
o3qGy0t6z09AIJtH+5OeRV1be+N4cDYJKffGzDa88vQENZiRm0GRq6a+HPGQMd2k
TQIhAKMSvzIBnni7ot/OSie2TmJLY4SwTQAevXysE2RbFDYdAiEBCUEaRQnMnbp7
9mxDXDf6AU0cN/RPBjb9qSHDcWZHGzUCIG2Es59z8ugGrDY+pxLQnwfotadxd+Uy
v/Ow5T0q5gIJAiEAyS4RaI9YG8EWx/2w0T67ZUVAw8eOMB6BIUg0Xcu+3okCIBOs
/5OiPgoTdSy7bcF9IGpSE8ZgGKzgYQVZeN97YE00
-----END RSA PRIVATE KEY-----`

// Seed writes the key where a fuzzer reads it.
func Seed(dir string) error {
	return os.WriteFile(dir+"/key.pem", []byte(RSAKey), 0o600)
}
