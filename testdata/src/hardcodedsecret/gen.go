//go:build ignore

// A generator, run by go generate and never built with the package.
package main

import "fmt"

const genKey = "sk_live_Gn5Rt6Yu7Io8Pa9Sd0Fg1Hj2Kl3Zx4C" // want `in genKey: .*credlint-stripe-live-key`

func main() {
	fmt.Println("as_Hq8Wm3Zp7Ks2Lx9Nc4Vb6Tr1Yf5Gd0Jq") // want `in the argument of fmt.Println: .*credlint-autosend-api-key`
}
