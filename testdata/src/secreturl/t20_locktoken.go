package secreturl

import (
	"context"
	"net/url"
)

// Proxmox VE's SDN lock: POST /cluster/sdn/lock returns a lock token that
// DELETE /cluster/sdn/lock takes back as ?lock-token= to release the lock
// (force=1 releases it without). It serialises configuration changes; the
// request is authenticated separately. A token whose name says what kind
// of token it is (a lock's, a cancellation's) is no credential on its name.
type SDNLockToken string

type sdnCluster struct{ base string }

func (cl *sdnCluster) releaseLock(ctx context.Context, token SDNLockToken, force bool) string {
	path := cl.base + "/cluster/sdn/lock"
	q := url.Values{}
	if token != "" {
		q.Set("lock-token", string(token))
	}
	if force {
		q.Set("force", "1")
	}
	return path + "?" + q.Encode()
}

func (cl *sdnCluster) apply(lockToken, cancelToken string) string {
	return cl.base + "/cluster/sdn?lock_token=" + lockToken + "&cancellation_token=" + cancelToken
}

// Still credentials: a token under a parameter that names a credential,
// whatever the value's own name.
func (cl *sdnCluster) sessionURL(token, lockToken string) string {
	return cl.base + "/sdn?session_token=" + token + "&private_token=" + lockToken // want `token is put into a URL query .*"session_token"` `lockToken is put into a URL query .*"private_token"`
}

func (cl *sdnCluster) authQuery(lockToken string) string {
	q := url.Values{}
	q.Set("auth_token", lockToken) // want `lockToken is put into a URL query .*"auth_token"`
	return cl.base + "?" + q.Encode()
}
