package secretlog

import (
	"database/sql"
	"fmt"
	"log"
	"regexp"
	"strings"

	"secretlog/internal/dbconf"
)

// A data source name handed to a database driver holds the login it
// connects with (dendrite v0.13.8 internal/sqlutil/sqlutil.go:30-34: the
// configured postgres://user:password@host DSN goes to sql.Open, and the
// default branch quotes the same connection string in its error).

type dsnSource string

func (d dsnSource) isPostgres() bool { return strings.HasPrefix(string(d), "postgres://") }

type dbOptions struct {
	ConnectionString dsnSource
	Path             string
}

func openConfigured(o *dbOptions) (*sql.DB, error) {
	var dsn string
	switch {
	case o.ConnectionString.isPostgres():
		dsn = string(o.ConnectionString)
	default:
		return nil, fmt.Errorf("invalid database connection string %q", o.ConnectionString) // want `credential ConnectionString reaches an error message via fmt.Errorf`
	}
	return sql.Open("postgres", dsn)
}

func openDSNLogged(driver, dsn string) (*sql.DB, error) {
	db, err := sql.Open(driver, dsn)
	if err != nil {
		log.Printf("open %s: %v", dsn, err) // want `credential dsn reaches a log line via log.Printf`
	}
	// Silent: the user info, password included, is cut out first.
	log.Printf("opened %s", regexp.MustCompile(`://[^@]*@`).ReplaceAllLiteralString(dsn, "://"))
	return db, err
}

// Silent: a file database's name is a path, no login (sql.Open("sqlite3", …)).
func openFile(o *dbOptions) (*sql.DB, error) {
	db, err := sql.Open("sqlite3", o.Path)
	if err != nil {
		log.Printf("open %s: %v", o.Path, err)
	}
	return db, err
}

// The same with the configuration type in another package: the field is
// a credential on the variable the DSN was read from.
func openForeign(o *dbconf.Options, other *dbconf.Options) (*sql.DB, error) {
	dsn := string(o.ConnectionString)
	if !strings.HasPrefix(dsn, "postgres://") {
		return nil, fmt.Errorf("invalid connection string %q", o.ConnectionString) // want `credential ConnectionString reaches an error message via fmt.Errorf`
	}
	log.Printf("other: %s", other.ConnectionString) // silent: another variable's field, never opened here
	return sql.Open("postgres", dsn)
}

// Silent: the driver name is read from a SQLite driver's description
// (dbos v1.8.0 sysdb/sqlite_pool.go:142: sql.Open(driver.DriverName, dsn)).
type sqliteDriverInfo struct{ DriverName string }

func openFileDriver(d *sqliteDriverInfo, dsn string) (*sql.DB, error) {
	db, err := sql.Open(d.DriverName, dsn)
	if err != nil {
		return nil, fmt.Errorf("failed to open sqlite database %q: %v", dsn, err)
	}
	return db, nil
}

// Silent: where the connection string is tested to be a SQLite file's
// name, it is a path (dendrite sqlutil.go:21-23: case
// ConnectionString.IsSQLite(): ParseFileURI(ConnectionString), whose
// error quotes it); the same value elsewhere is still reported.
func (d dsnSource) isSQLite() bool { return strings.HasPrefix(string(d), "file:") }

func parseFileDSN(d dsnSource) (string, error) {
	return "", fmt.Errorf("invalid file uri: %s", d)
}

func openEither(o *dbOptions) (*sql.DB, error) {
	var dsn string
	switch {
	case o.ConnectionString.isSQLite():
		if _, err := parseFileDSN(o.ConnectionString); err != nil {
			return nil, err
		}
		log.Printf("opening %s", o.ConnectionString)
	case o.ConnectionString.isPostgres():
		dsn = string(o.ConnectionString)
	}
	if o.ConnectionString.isSQLite() {
		log.Printf("sqlite file %s", o.ConnectionString)
	} else {
		log.Printf("database %s", o.ConnectionString) // want `credential ConnectionString reaches a log line via log.Printf`
	}
	return sql.Open("postgres", dsn)
}

// review17 M3: a SQLite test clears the value it tests, no other: another
// credential logged in the branch it guards is still reported, as is
// the tested value's own DSN in a switch case for a file database.
func isSqlite(dsn string) bool { return strings.HasPrefix(dsn, "file:") }

func openWithPassword(dsn, password string) (*sql.DB, error) {
	if isSqlite(dsn) {
		log.Printf("sqlite %s", dsn)                        // silent: tested to be a file's name
		log.Printf("sqlite %s, password %s", dsn, password) // want `credential password reaches a log line via log.Printf`
		return sql.Open("sqlite3", dsn)
	}
	return sql.Open("postgres", fmt.Sprintf("%s password=%s", dsn, password))
}

func openOptionsWithSecret(o *dbOptions, apiKey string) {
	switch {
	case o.ConnectionString.isSQLite():
		log.Printf("file %s, key %s", o.ConnectionString, apiKey) // want `credential apiKey reaches a log line via log.Printf`
	}
}
