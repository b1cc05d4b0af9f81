package hardcodedsecret

// A type named like a test double in a file that is not one is production
// code (a DNS stub resolver): its method's password is reported.
type StubResolver struct{ creds krbCredentials }

func (r *StubResolver) Login() error {
	r.creds = krbCredentials{user: "resolver"}.WithPassword("qwerty9Z") // want `credlint-hardcoded-password`
	return nil
}
