// Package startup checks a license with a hosted API once, when the
// engine starts: from its constructor, or from a Launch that a guard lets
// run once per engine (dbos-transact-golang's entitlement check, made by
// NewContext and by Launch's startAutoUpgrade). A 429 there fails the
// start, which its user retries, as with a one-off request at
// construction: silent. The same check made per operation (Run), or from
// a Launch that nothing keeps from running again, is an API call:
// reported.
package startup

import (
	"errors"
	"net/http"
	"sync/atomic"
)

const licenseURL = "https://api.license-saas.io/v2/entitlements"

// requireLicense is called only at start-up: by NewEngine and by
// startFeatures, which only the guarded Launch calls.
func requireLicense(key string) error {
	req, err := http.NewRequest(http.MethodGet, licenseURL, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+key)
	client := &http.Client{}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return errors.New("license check failed")
	}
	return nil
}

type Engine struct {
	key      string
	features bool
	launched atomic.Bool
	started  bool
}

func NewEngine(key string, features bool) (*Engine, error) {
	if features {
		if err := requireLicense(key); err != nil {
			return nil, err
		}
	}
	return &Engine{key: key}, nil
}

// Launch runs once per engine: the compare-and-swap refuses a second.
func (e *Engine) Launch() error {
	if !e.launched.CompareAndSwap(false, true) {
		return errors.New("already launched")
	}
	return e.startFeatures()
}

func (e *Engine) startFeatures() error {
	if e.features {
		return nil
	}
	return requireLicense(e.key)
}

// Start runs once per engine too: a flag it sets refuses a second.
func (e *Engine) Start() error {
	if e.started {
		return errors.New("already started")
	}
	e.started = true
	return checkSeat(e.key)
}

func checkSeat(key string) error {
	req, err := http.NewRequest(http.MethodGet, licenseURL+"/seat", nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+key)
	client := &http.Client{}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return errors.New("no seat")
	}
	return nil
}

// Look-alikes: the same check, made per operation, or from a Launch that
// runs as often as it is called.

// requireQuota is called at construction and by Run, once per job.
func requireQuota(key string) error {
	req, err := http.NewRequest(http.MethodGet, licenseURL+"/quota", nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+key)
	client := &http.Client{}
	resp, err := client.Do(req) // want `^authenticated request sent by client\.Do \(1 API call\), and nothing here handles 429`
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return errors.New("over quota")
	}
	return nil
}

type Runner struct{ key string }

func NewRunner(key string) (*Runner, error) {
	if err := requireQuota(key); err != nil {
		return nil, err
	}
	return &Runner{key: key}, nil
}

func (r *Runner) Run(job string) error {
	if err := requireQuota(r.key); err != nil {
		return err
	}
	_ = job
	return nil
}

// Launch has no guard: each call asks again.
func (r *Runner) Launch() error {
	return checkPlan(r.key)
}

func checkPlan(key string) error {
	req, err := http.NewRequest(http.MethodGet, licenseURL+"/plan", nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+key)
	client := &http.Client{}
	resp, err := client.Do(req) // want `^authenticated request sent by client\.Do \(1 API call\), and nothing here handles 429`
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return errors.New("no plan")
	}
	return nil
}
