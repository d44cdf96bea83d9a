package bus

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nkeys"
)

// startAuthServer runs a nats-server on a free loopback port with opts
// (JetStream on, so bus.Open can create its streams) and returns its URL.
func startAuthServer(t *testing.T, opts *server.Options) string {
	t.Helper()
	opts.Host, opts.Port = "127.0.0.1", -1
	opts.JetStream, opts.StoreDir = true, t.TempDir()
	opts.NoSigs, opts.NoLog = true, true
	srv, err := server.NewServer(opts)
	if err != nil {
		t.Fatal(err)
	}
	go srv.Start()
	t.Cleanup(func() { srv.Shutdown(); srv.WaitForShutdown() })
	if !srv.ReadyForConnections(10 * time.Second) {
		t.Fatal("nats-server did not start")
	}
	return srv.ClientURL()
}

// connect tries one connection with a's options (no retries, so a refusal
// shows at once).
func connect(t *testing.T, url string, a Auth) error {
	t.Helper()
	opts, err := a.Options()
	if err != nil {
		return err
	}
	nc, err := nats.Connect(url, append(opts, nats.NoReconnect(), nats.Timeout(5*time.Second))...)
	if err != nil {
		return err
	}
	nc.Close()
	return nil
}

func TestAuthUserPasswordThroughOpen(t *testing.T) {
	url := startAuthServer(t, &server.Options{Users: []*server.User{{Username: "geotrack", Password: "s3cret-pass"}}})
	if err := connect(t, url, Auth{User: "geotrack", Password: "wrong"}); err == nil {
		t.Fatal("a wrong password connected")
	}
	if err := connect(t, url, Auth{}); err == nil {
		t.Fatal("no credentials connected")
	}
	// The whole path: Auth -> Config.Options -> Open creates the streams.
	opts, err := Auth{User: "geotrack", Password: "s3cret-pass"}.Options()
	if err != nil {
		t.Fatal(err)
	}
	b, err := Open(testCtx(t), Config{URL: url, Options: opts, Logger: testLogger(t), StartTimeout: 10 * time.Second})
	if err != nil {
		t.Fatalf("Open with user/password: %v", err)
	}
	defer b.Close()
	publishN(t, b, SubjectEventCoded, 0, 3)
	if n := lastSeq(t, b, StreamEvents); n != 3 {
		t.Fatalf("EVENTS has %d messages, want 3", n)
	}
}

func TestAuthToken(t *testing.T) {
	url := startAuthServer(t, &server.Options{Authorization: "nats-token-0123456789"})
	if err := connect(t, url, Auth{Token: "nats-token-0123456789"}); err != nil {
		t.Fatalf("right token: %v", err)
	}
	if err := connect(t, url, Auth{Token: "nats-token-wrong"}); err == nil {
		t.Fatal("a wrong token connected")
	}
}

func TestAuthNKeySeedFile(t *testing.T) {
	kp, err := nkeys.CreateUser()
	if err != nil {
		t.Fatal(err)
	}
	pub, _ := kp.PublicKey()
	seed, _ := kp.Seed()
	seedFile := filepath.Join(t.TempDir(), "user.nk")
	if err := os.WriteFile(seedFile, seed, 0o600); err != nil {
		t.Fatal(err)
	}
	url := startAuthServer(t, &server.Options{Nkeys: []*server.NkeyUser{{Nkey: pub}}})
	if err := connect(t, url, Auth{NKeySeedFile: seedFile}); err != nil {
		t.Fatalf("registered nkey: %v", err)
	}
	other, _ := nkeys.CreateUser()
	otherSeed, _ := other.Seed()
	otherFile := filepath.Join(t.TempDir(), "other.nk")
	if err := os.WriteFile(otherFile, otherSeed, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := connect(t, url, Auth{NKeySeedFile: otherFile}); err == nil {
		t.Fatal("an unknown nkey connected")
	}
}

// TestAuthMutualTLS: a throwaway CA signs the server's and the client's
// certificates; the server requires and verifies client certificates.
func TestAuthMutualTLS(t *testing.T) {
	dir := t.TempDir()
	ca, caKey := newCA(t)
	writePEM(t, filepath.Join(dir, "ca.pem"), "CERTIFICATE", ca.Raw)
	srvCert := issue(t, ca, caKey, "nats-server", x509.ExtKeyUsageServerAuth)
	issue(t, ca, caKey, "geotrack", x509.ExtKeyUsageClientAuth, filepath.Join(dir, "client.pem"), filepath.Join(dir, "client-key.pem"))
	pool := x509.NewCertPool()
	pool.AddCert(ca)
	url := startAuthServer(t, &server.Options{
		TLS: true, TLSVerify: true, TLSTimeout: 5,
		TLSConfig: &tls.Config{Certificates: []tls.Certificate{srvCert}, ClientCAs: pool, ClientAuth: tls.RequireAndVerifyClientCert, MinVersion: tls.VersionTLS12},
	})
	good := Auth{TLSCAFile: filepath.Join(dir, "ca.pem"), TLSCertFile: filepath.Join(dir, "client.pem"), TLSKeyFile: filepath.Join(dir, "client-key.pem")}
	if err := connect(t, url, good); err != nil {
		t.Fatalf("mutual TLS: %v", err)
	}
	if err := connect(t, url, Auth{TLSCAFile: good.TLSCAFile}); err == nil {
		t.Fatal("connected without a client certificate")
	}
	if err := connect(t, url, Auth{TLSCertFile: good.TLSCertFile, TLSKeyFile: good.TLSKeyFile}); err == nil {
		t.Fatal("connected without trusting the server's CA")
	}
}

func TestAuthOptionsErrors(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nope")
	for _, c := range []struct {
		a    Auth
		want string
	}{
		{Auth{Password: "p"}, "needs a user"},
		{Auth{User: "u", Password: "p", Token: "t"}, "one NATS authentication method"},
		{Auth{CredsFile: missing}, "credentials file"},
		{Auth{NKeySeedFile: missing}, "nkey seed file"},
		{Auth{TLSCAFile: missing}, "TLS CA file"},
		{Auth{TLSCertFile: missing}, "both the certificate and the key"},
		{Auth{TLSCertFile: missing, TLSKeyFile: missing}, "TLS certificate"},
	} {
		_, err := c.a.Options()
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%+v: err = %v, want one mentioning %q", c.a, err, c.want)
		}
	}
	if opts, err := (Auth{}).Options(); err != nil || len(opts) != 0 || !(Auth{}).IsZero() {
		t.Errorf("zero Auth: %d options, %v", len(opts), err)
	}
}

func newCA(t *testing.T) (*x509.Certificate, *ecdsa.PrivateKey) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "geotrack test CA"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	ca, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	return ca, key
}

// issue signs a certificate for 127.0.0.1 with ca; with files given, it
// writes the certificate and key there as PEM.
func issue(t *testing.T, ca *x509.Certificate, caKey *ecdsa.PrivateKey, cn string, usage x509.ExtKeyUsage, files ...string) tls.Certificate {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	serial, _ := rand.Int(rand.Reader, big.NewInt(1<<62))
	tmpl := &x509.Certificate{
		SerialNumber: serial, Subject: pkix.Name{CommonName: cn},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{usage},
		IPAddresses: []net.IP{net.IPv4(127, 0, 0, 1)},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca, &key.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	keyDER, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 2 {
		writePEM(t, files[0], "CERTIFICATE", der)
		writePEM(t, files[1], "EC PRIVATE KEY", keyDER)
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}
}

func writePEM(t *testing.T, path, typ string, der []byte) {
	t.Helper()
	if err := os.WriteFile(path, pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: der}), 0o600); err != nil {
		t.Fatal(err)
	}
}
