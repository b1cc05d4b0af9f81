package hardcodedsecret

// A reviewed exception, with its reason.
//
//credlint:ignore hardcodedsecret published sandbox key from the vendor's docs
var publishedKey = "sk_live_Mn5Bv4Cx3Zl2Kj1Hg0Fd9Sa8Po7Iu6Y"

var sameLine = "sk_live_Yt5Re4Wq3Lk2Jh1Gf0Ds9Az8Xc7Vb6N" //credlint:ignore all test vector for the redactor

// A directive without a reason suppresses nothing.
//
//credlint:ignore hardcodedsecret
var noReason = "sk_live_Qa1Ws2Ed3Rf4Tg5Yh6Uj7Ik8Ol9Pz0X" // want `credlint-stripe-live-key`

// A directive for another check suppresses nothing here.
//
//credlint:ignore secretlog logged on purpose
var otherCheck = "sk_live_Zm1Xn2Cb3Vq4Wl5Ek6Rj7Th8Yg9Uf0I" // want `credlint-stripe-live-key`
