package selfhosted

// A test server's hosted-looking address is no evidence for the client.
const testServerURL = "https://api.pdns.example-saas.io"
