// Package testimonials only starts like a test directory: its password
// is reported.
package testimonials

func login(user, password string) error { return nil }

func admin() error {
	return login("admin", "certpw9Q") // want `in the password argument of login: .*credlint-hardcoded-password`
}
