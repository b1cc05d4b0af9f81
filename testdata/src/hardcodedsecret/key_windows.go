package hardcodedsecret

// Built only on Windows, but committed and shipped all the same: the check
// parses files the build excludes and matches their literals by syntax.
const windowsKey = "sk_live_Wn4Dw5Sx6Cv7Bg8Nh9Mj0Ku1Li2Op3Q" // want `in windowsKey: .*credlint-stripe-live-key`

var windowsPassword = "w1nd0wsPw" // want `in windowsPassword: .*credlint-hardcoded-password`

// Without types, a constant of a declared type is still read as an enum.
const WindowsTokenTypeCard TokenType = "card_token_9Xy7Kq4Lm8Np3Rs6"

// Directives work in excluded files too.
//
//credlint:ignore hardcodedsecret published sandbox key from the vendor's docs
var windowsDocsKey = "sk_live_Pb3Ng4Mh5Lj6Kk7Jl8Hz9Gx0Fc1Dv2S"

var windowsCacheKey = "5d4c3b2a19f8e7d6c5b4a39281706f5e"
