package hardcodedsecret

import (
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"net/http"
	"net/url"

	"hardcodedsecret/jwt"
)

// A password bound to a password name is a finding whatever its entropy.
const dbPassword = "hunter2!" // want `hardcoded secret "hu…" in dbPassword: password bound to a password name \(rule credlint-hardcoded-password, high severity\)`

var smtpPasswd = "Winter2024" // want `in smtpPasswd: .*credlint-hardcoded-password`

type DBConfig struct {
	User     string
	Password string
}

var dbCfg = DBConfig{User: "app", Password: "s3cr3tpw"} // want `in Password: .*credlint-hardcoded-password`

var settings = map[string]string{"password": "letmein99"} // want `in password: .*credlint-hardcoded-password`

func login(req *http.Request) *url.Userinfo {
	req.SetBasicAuth("admin", "Tr0ub4dor")          // want `in the password argument of req.SetBasicAuth: .*credlint-hardcoded-password`
	return url.UserPassword("admin", "Tr0ub4dor&3") // want `in the password argument of url.UserPassword: .*credlint-hardcoded-password`
}

// Userinfo passwords in URLs and DSNs.
var (
	pgURL    = "postgres://app:pgS3cret@db.internal:5432/app?sslmode=require" // want `hardcoded secret "pg…" in pgURL: password in the userinfo of a URL or DSN \(rule credlint-url-password, high severity\)`
	hdbURL   = "hdb://MyUser:MyPassw0rd@localhost:39013"                      // want `hardcoded secret "My…" in hdbURL: password in the userinfo`
	hdbURL2  = "hdb://MyUser:BlueHorsePassword@localhost:39013"               // want `hardcoded secret "Blue…" in hdbURL2: password in the userinfo`
	mysqlDSN = "app:myS3cret@tcp(db.internal:3306)/app"                       // want `credlint-url-password`
	redisURL = "redis://:r3disPass@cache.internal:6379/0"                     // want `credlint-url-password`
	amqpURL  = "amqp://guest:rabbitPw9@mq.internal:5672/"                     // want `credlint-url-password`
)

func openDB() {
	sql.Open("postgres", "host=db user=app password=kvS3cret dbname=app sslmode=disable") // want `in the argument of sql.Open: .*credlint-url-password`
	sql.Open("mysql", "app:tcpS3cret@tcp(10.0.0.5:3306)/orders")                          // want `in the argument of sql.Open: .*credlint-url-password`
}

// Signing keys: whoever holds them mints valid tokens.
func sign(tok *jwt.Token) {
	tok.SignedString([]byte("jwt-signing-k3y"))   // want `in the argument of tok.SignedString: signing key .*credlint-hardcoded-signing-key`
	hmac.New(sha256.New, []byte("hmac-k3y-2024")) // want `in the argument of hmac.New: .*credlint-hardcoded-signing-key`
	jwt.Parse("", func(t *jwt.Token) (any, error) {
		return []byte("my-jwt-s3cret"), nil // want `in a JWT key function: .*credlint-hardcoded-signing-key`
	})
}

var jwtSecret = "sup3rs3cretjwt" // want `in jwtSecret: .*credlint-hardcoded-signing-key`

// Identifiers' constants that spell the end of their own name are labels
// (a WebAuthn extension's identifier), not keys; a value that only shares
// a word with its name, or adds a digit, is a key.
const (
	ExtensionHMACCreateSecret = "hmacCreateSecret"
	ExtensionHMACSecret       = "hmac-secret"
	SessionHMACSecret         = "hmac-secret2"    // want `in SessionHMACSecret: .*credlint-hardcoded-signing-key`
	RelayHMACSecret           = "rotating-secret" // want `in RelayHMACSecret: .*credlint-hardcoded-signing-key`
)

var extensionNames = map[string]string{ExtensionHMACCreateSecret: "HMACCreateSecret"}

// Words that describe no password, or with a digit, are a password.
var (
	vaultPassword  = "correct_horse_battery_staple" // want `in vaultPassword: .*credlint-hardcoded-password`
	backupPassword = "secret_sauce_2024"            // want `in backupPassword: .*credlint-hardcoded-password`
)

// Documentation-style values and names about passwords stay silent.
var (
	examplePassword = "super_secret"
	alicePassword   = "alices_password"
	myPassword      = "my-password"
	docPassword     = "password"
	keyPassphrase   = "passphrase" // a flag's name: scs-build-client's keyPassphrase
	envPassword     = "${DB_PASSWORD}"
	anglePassword   = "<password>"
	userPassword    = "DB_PASSWORD"
	adminPassword   = "changeme"
	passwordEnvVar  = "DB_PASSWORD"
	passwordHint    = "at least twelve characters"
	passwordPattern = "^[a-zA-Z0-9]{12,}$"
	docURL          = "postgres://user:password@localhost:5432/db"
	standInURL      = "hdb://MyUser:MyPassword@localhost:39013" // go-hdb's bulkbench default DSN
	standInPassword = "some-secret"
	tmplURL         = "postgres://<user>:<password>@<host>/db"
	envURL          = "postgres://${DB_USER}:${DB_PASS}@${DB_HOST}/db"
	noPasswordURL   = "https://deploy@example.com/repo.git"
	opsEmail        = "ops@example.com"
	gitRemote       = "git@github.com:org/repo.git"
	atInPath        = "https://example.com/users/@me:settings"
	dsnFormat       = "%s:%s@tcp(%s)/%s"
	clock           = "15:04:05"
)

func checkPassword(password string) bool { return password == "" }

// oauth2-proxy accepts a token as the Basic user with GitHub's documented
// dummy password.
func tokenAsUser(password string) bool {
	if password == "x-oauth-basic" {
		return true
	}
	return password == "Xk9-oauth-basic7" // want `in password: .*credlint-hardcoded-password`
}

func lookupPassword(m map[string]string) string { return m["password"] }

// Fixtures in tests (fixtures_test.go) and an empty or short value are not
// findings.
var shortPassword = "abc"

// A literal that is one part of a concatenation is a prefix, not the key.
func awsSigningKey(secretAccessKey string) []byte {
	signingKey := []byte("AWS4" + secretAccessKey)
	dbPassword := "pw-" + secretAccessKey
	_ = dbPassword
	return signingKey
}

// An argument gets its name from the parameter.
func connect(user, password string) {}

func connectAll() {
	connect("app", "Sn0wfall") // want `in the password argument of connect: .*credlint-hardcoded-password`
	connect("Sn0wfall", "")
}

// An enum's string table spells each constant's own name (net/url's
// gen_encoding_table.go): the value is the name, not a password.
type encoding int

const (
	encodePath encoding = iota
	encodeUserPassword
)

var encNames = map[encoding]string{
	encodePath:         "encodePath",
	encodeUserPassword: "encodeUserPassword",
}

var userPasswords = map[encoding]string{
	encodeUserPassword: "encodeUserPassword!9", // want `in encodeUserPassword: .*credlint-hardcoded-password`
}

// A code generator's rename table (crypto/internal/fips140/mlkem's
// generate1024.go): each value is its key's name with a size appended, an
// identifier, not a key; a key bound to the same name is still one.
var replacements = map[string]string{
	"encryptionKey": "encryptionKey1024",
	"decryptionKey": "decryptionKey1024",
}

var encryptionKeys = map[string]string{
	"encryptionKey": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b", // want `in encryptionKey: .*generic-api-key`
}

// A password equal to the user name beside it is a default local account
// (amqp091-go's defaultURI: RabbitMQ's guest/guest), not a secret; a
// different password beside the same user still is one.
type amqpURI struct {
	Scheme, Host, Username, Password string
}

var defaultURI = amqpURI{Scheme: "amqp", Host: "localhost", Username: "guest", Password: "guest"}

var adminURI = amqpURI{Host: "localhost", Username: "guest", Password: "Gu3stPass!"} // want `in Password: .*credlint-hardcoded-password`

// The same default account written as URL or DSN text (amqp091-go's
// uri.go: amqp://guest:guest@localhost:5672/); a different password after
// the same user is reported.
const (
	defaultAMQP = "amqp://guest:guest@localhost:5672/"
	defaultKV   = "host=localhost user=postgres password=postgres dbname=app"
	guestAMQP   = "amqp://guest:gu3stPw9@localhost:5672/"                      // want `credlint-url-password`
	otherKV     = "host=localhost user=postgres password=pgS3cret9 dbname=app" // want `credlint-url-password`
)

// A password equal to its user name for another host is someone's chosen
// password, not a default local account.
const (
	serviceURL = "postgres://svc_billing:svc_billing@db.prod.example.com:5432/billing" // want `credlint-url-password`
	serviceKV  = "host=db.prod.example.com user=svc_billing password=svc_billing"      // want `credlint-url-password`
	loopbackKV = "host=127.0.0.1 user=app password=app"
	mysqlLocal = "root:root@tcp(127.0.0.1:3306)/app"
	mysqlProd  = "billing:billing@tcp(db.prod.example.com:3306)/app" // want `credlint-url-password`
)

// A secret scanner's pattern for URL passwords is no URL: its "user info"
// holds characters url.Parse rejects.
const (
	urlPasswordRegex = `[a-z][a-z0-9+.-]+://[^:\s]*:[^@:\s]+@[^\s'"\];]+`
	bracketURL       = "https://[^:]+:[^@]+@example.com"
	subDelimsURL     = "https://deploy:p4ss!w0rd$x@example.com/repo.git" // want `credlint-url-password`
	templateURL      = "https://{{.User}}:{{.Password}}@example.com"
)

// Passwords net/url would reject but drivers take (MongoDB parses its own
// URIs; a non-ASCII password) are still URLs with a password.
const (
	mongoCaret = "mongodb://admin:Xk9^vQ2mLp7R@cluster0.example.mongodb.net/db" // want `credlint-url-password`
	umlautAMQP = "amqp://app:Pässwörd2024x@mq.prod.example.com/"                // want `credlint-url-password`
)
