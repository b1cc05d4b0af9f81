package secretlog

import (
	"fmt"
	"os"
)

// A test-support file: a helper whose parameter is named as a secret is a
// fixture here, not reported inside; a caller that gives it a credential
// read at run time is reported, as anywhere, so the leak is not lost.

func l1FakeReject(password string) error { return fmt.Errorf("rejected %s", password) }

func l1FakeLogin() error {
	return l1FakeReject(os.Getenv("DB_PASSWORD")) // want `credential os.Getenv\("DB_PASSWORD"\)`
}

func l1FakeFixture() error { return l1FakeReject("hunter2") }
