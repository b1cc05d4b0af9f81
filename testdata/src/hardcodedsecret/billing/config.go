// Package billing is production code: that its testing.go imports
// "testing" says nothing about this file's secrets.
package billing

type Config struct {
	DSN, Password string
}

const dbURL = "postgres://billing:Xk9vQ2mLp7Rt@db.prod.example.com:5432/billing" // want `credlint-url-password`

var adminPassword = "Xk9vQ2mLp7Rt4wzB" // want `in adminPassword`
