package hardcodedsecret

// A test double shipped in a non-test file (sarama's MockKerberosClient in
// mockkerberos.go) holds the fixtures the tests that use it expect; a
// production client's method with the same password is reported.
type krbCredentials struct{ user, password string }

func (c krbCredentials) WithPassword(password string) krbCredentials {
	c.password = password
	return c
}

type MockKerberosClient struct{ creds krbCredentials }

func (c *MockKerberosClient) Login() error {
	c.creds = krbCredentials{user: "client"}.WithPassword("qwerty9Z")
	return nil
}

type KerberosClient struct{ creds krbCredentials }

func (c *KerberosClient) Login() error {
	c.creds = krbCredentials{user: "client"}.WithPassword("qwerty9Z") // want `credlint-hardcoded-password`
	return nil
}
