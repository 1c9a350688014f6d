// Digest and Basic authentication: the response computation against the
// published RFC examples, and parsing of WWW-Authenticate headers.
import { describe, expect, it } from 'vitest';
import { Authenticator, digestResponse, parseChallenges } from '../../src/store/auth.js';

describe('digestResponse', () => {
  it('matches the RFC 2617 section 3.5 example (MD5, qop=auth)', () => {
    const response = digestResponse(
      { user: 'Mufasa', password: 'Circle Of Life' },
      {
        realm: 'testrealm@host.com',
        nonce: 'dcd98b7102dd2f0e8b11d0f600bfb0c093',
        method: 'GET',
        uri: '/dir/index.html',
        qop: 'auth',
        nc: '00000001',
        cnonce: '0a4f113b',
      },
    );
    expect(response).toBe('6629fae49393a05397450978507c4ef1');
  });

  it('matches the RFC 7616 section 3.9.1 examples (MD5 and SHA-256)', () => {
    const input = {
      realm: 'http-auth@example.org',
      nonce: '7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v',
      method: 'GET',
      uri: '/dir/index.html',
      qop: 'auth',
      nc: '00000001',
      cnonce: 'f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ',
    };
    const creds = { user: 'Mufasa', password: 'Circle of Life' };
    expect(digestResponse(creds, { ...input, algorithm: 'MD5' })).toBe('8ca523f5e9506fed4657c9700eebdbec');
    expect(digestResponse(creds, { ...input, algorithm: 'SHA-256' })).toBe('753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1');
  });
});

describe('parseChallenges', () => {
  it('reads a Virtuoso digest challenge', () => {
    const [c] = parseChallenges(
      'Digest realm="SPARQL", domain="/sparql-auth", nonce="23a1cb4d", opaque="5ebe2294", stale="false", qop="auth", algorithm="MD5"',
    );
    expect(c?.scheme).toBe('digest');
    expect(c?.params).toEqual({ realm: 'SPARQL', domain: '/sparql-auth', nonce: '23a1cb4d', opaque: '5ebe2294', stale: 'false', qop: 'auth', algorithm: 'MD5' });
  });

  it('reads several challenges and quoted commas', () => {
    const cs = parseChallenges('Basic realm="a, b", Digest realm="x", qop="auth,auth-int", nonce=abc');
    expect(cs.map((c) => c.scheme)).toEqual(['basic', 'digest']);
    expect(cs[0]?.params['realm']).toBe('a, b');
    expect(cs[1]?.params['qop']).toBe('auth,auth-int');
    expect(cs[1]?.params['nonce']).toBe('abc');
  });
});

describe('Authenticator', () => {
  it('prefers Digest, counts nonce uses and sends the request URI', () => {
    const auth = new Authenticator({ user: 'u', password: 'p' });
    expect(auth.accept('Basic realm="r", Digest realm="r", nonce="n", qop="auth", opaque="o"')).toBe(true);
    const h1 = auth.header('PUT', new URL('http://h/x?graph=urn%3Ag'));
    const h2 = auth.header('PUT', new URL('http://h/x?graph=urn%3Ag'));
    expect(h1).toMatch(/^Digest /);
    expect(h1).toContain('uri="/x?graph=urn%3Ag"');
    expect(h1).toContain('nc=00000001');
    expect(h2).toContain('nc=00000002');
    expect(h1).toContain('opaque="o"');
    expect(h1).not.toContain('"p"');
  });

  it('answers Basic with base64 user:password and refuses unknown schemes', () => {
    const auth = new Authenticator({ user: 'Aladdin', password: 'open sesame' });
    expect(auth.accept('Basic realm="WallyWorld"')).toBe(true);
    expect(auth.header('GET', new URL('http://h/'))).toBe('Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==');
    expect(new Authenticator({ user: 'a', password: 'b' }).accept('Bearer realm="x"')).toBe(false);
  });
});
