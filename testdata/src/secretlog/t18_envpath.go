package secretlog

import (
	"log"
	"os"
)

// An environment variable the package opens as a file names where the
// credentials are (cloud.google.com/go/auth's integration test:
// f := os.Getenv("GOOGLE_APPLICATION_CREDENTIALS"); os.ReadFile(f)):
// printing it shows a path.
func credentialsFile() []byte {
	f := os.Getenv("GOOGLE_APPLICATION_CREDENTIALS")
	b, err := os.ReadFile(f)
	if err != nil {
		log.Fatalf("os.ReadFile(%q): %v", f, err)
	}
	return b
}

func credentialsOpen() {
	f := os.Getenv("SERVICE_CREDENTIALS")
	fh, err := os.Open(f)
	if err != nil {
		log.Printf("cannot open %s: %v", f, err)
		return
	}
	fh.Close()
}

// The same variable's value sent as a token is the credential itself.
func credentialsValue() {
	c := os.Getenv("SERVICE_CREDENTIALS")
	log.Printf("using %s", c) // want `credential os.Getenv\("SERVICE_CREDENTIALS"\) reaches a log line`
}

// A variable also assigned something else than the environment is judged
// as before: the file's content may be what it holds.
func credentialsOrContent(read bool) {
	c := os.Getenv("SERVICE_CREDENTIALS")
	if read {
		if _, err := os.Stat(c); err == nil {
			b, _ := os.ReadFile(c)
			c = string(b)
		}
	}
	log.Printf("using %s", c) // want `credential os.Getenv\("SERVICE_CREDENTIALS"\) reaches a log line`
}
