package testendpoint

// The demo server the package's tests run against: a name that says test
// is a test server's address, not the client's endpoint.
var (
	TestServerEndpoint = "https://demo.sso-server.io"
	TestClientID       = "test-client"
)
