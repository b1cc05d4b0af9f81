// Package hardcodedsecretfix is checked with -getenv-fix: a key that
// initialises a var or a lone const is replaced with os.Getenv, the
// variable's name derived from the identifier.
package hardcodedsecretfix

import "fmt"

var stripeAPIKey = "sk_live_Fk2Lm9Np4Qr7St1Uv5Wx8Yz3Ab6Cd0Ef" // want `credlint-stripe-live-key`

const autosendKey = "as_Vb7Nm3Qw9Er5Ty1Ui8Op2As6Df4Gh0Jk" // want `credlint-autosend-api-key`

var dbPassword string = "hunter2!!" // want `credlint-hardcoded-password`

// No fix where os.Getenv cannot stand: inside a concatenation, in a
// const group, as a typed constant.
var authHeader = "Bearer " + "sk_live_Hy6Ju7Ki8Lo9Pa0Sd1Fg2Hj3Kl4Zx5C" // want `credlint-stripe-live-key`

const (
	groupKey   = "sk_live_Qa2Ws3Ed4Rf5Tg6Yh7Uj8Ik9Ol0Pz1X" // want `credlint-stripe-live-key`
	groupOther = "region"
)

type Key string

const typedKey Key = "sk_live_Zx9Cv8Bn7Mq6Wl5Ek4Rj3Th2Yg1Uf0I" // want `credlint-stripe-live-key`

func show() {
	fmt.Println(stripeAPIKey, autosendKey, dbPassword, authHeader, groupKey, groupOther, typedKey)
}
