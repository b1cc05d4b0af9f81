package hardcodedsecret

// dendrite v0.13.8 clientapi/auth/authtypes/logintypes.go:8 names
// Matrix's login types: a dotted identifier that says what it is, no
// password.
const (
	fp17LoginTypePassword     = "m.login.password"               // silent: a login type's name
	fp17LoginTypeSharedSecret = "org.matrix.login.shared_secret" // silent: a login type's name
)

// A dotted password with a digit is no description.
const fp17AdminPassword = "rock.salt.42" // want `"roc…" in fp17AdminPassword: password bound to a password name`
