// Package dbconf is a configuration package whose fields another package
// opens a database with (dendrite's setup/config.DatabaseOptions).
package dbconf

type DataSource string

type Options struct {
	ConnectionString DataSource
	MaxConns         int
}
