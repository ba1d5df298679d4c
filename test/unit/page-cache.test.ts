/**
 * The dashboard's page cache (lib/server/page-cache.ts): which requests are kept and under what key,
 * and that every answer from it carries a nonce of its own.
 */
import { describe, expect, it } from 'vitest';
import { nonceOf, pageKey, PageCache, withNonce, type KeptPage } from '@/lib/server/page-cache';

const key = (path: string, headers: Record<string, string> = {}, method = 'GET', version = 'v1') =>
  pageKey(method, new URL(path, 'http://localhost'), headers, version);

describe('pageKey', () => {
  it('is one key for two spellings of one view, and another for another view or version', () => {
    expect(key('/?stance=hostile,neutral')).toBe(key('/?stance=neutral&stance=hostile'));
    expect(key('/?stance=hostile')).not.toBe(key('/?stance=neutral'));
    expect(key('/?stance=hostile', {}, 'GET', 'v2')).not.toBe(key('/?stance=hostile'));
    // the page's own parameters are part of it: the open event is drawn on the server too
    expect(key('/?event=ev-1')).not.toBe(key('/'));
    expect(key('/?lanes=pair')).not.toBe(key('/'));
  });
  it('keeps nothing but a plain page load of the dashboard with readable filters', () => {
    expect(key('/documents/a')).toBeNull();
    expect(key('/api/events')).toBeNull();
    expect(key('/', {}, 'POST')).toBeNull();
    expect(key('/', { rsc: '1' })).toBeNull();
    expect(key('/', { 'next-router-prefetch': '1' })).toBeNull();
    expect(key('/?stance=angry')).toBeNull();
    expect(key('/?utm_source=mail')).toBeNull();
    expect(key('/')).not.toBeNull();
  });
});

describe('withNonce', () => {
  const page: KeptPage = {
    status: 200,
    headers: {
      'content-security-policy': "script-src 'self' 'nonce-OLD+/nonce=='; object-src 'none'",
      'content-type': 'text/html; charset=utf-8',
      'transfer-encoding': 'chunked',
      date: 'Mon, 14 Nov 2016 10:00:00 GMT',
    },
    body: '<script nonce="OLD+/nonce==">a()</script><script nonce="OLD+/nonce==">b()</script>',
    nonce: 'OLD+/nonce==',
  };
  it('puts the new nonce everywhere the old one was, in the policy and the body', () => {
    const { headers, body } = withNonce(page, 'NEW');
    expect(body).toBe('<script nonce="NEW">a()</script><script nonce="NEW">b()</script>');
    expect(headers['content-security-policy']).toBe("script-src 'self' 'nonce-NEW'; object-src 'none'");
    expect(nonceOf(String(headers['content-security-policy']))).toBe('NEW');
    expect(headers['content-length']).toBe(String(Buffer.byteLength(body)));
    expect(headers['transfer-encoding']).toBeUndefined();
    expect(headers.date).toBeUndefined();
    // the kept page is unchanged, for the next answer
    expect(page.body).toContain('OLD+/nonce==');
  });
  it('reads a nonce only from a policy that has one', () => {
    expect(nonceOf("default-src 'self'")).toBeNull();
    expect(nonceOf(undefined)).toBeNull();
  });
});

describe('PageCache', () => {
  it('keeps the most recent pages, dropping the one used longest ago', () => {
    const p = (body: string): KeptPage => ({ status: 200, headers: {}, body, nonce: 'n' });
    const c = new PageCache(2);
    c.set('a', p('A'));
    c.set('b', p('B'));
    expect(c.get('a')?.body).toBe('A'); // a is now the most recent
    c.set('c', p('C'));
    expect(c.get('b')).toBeUndefined();
    expect(c.get('a')?.body).toBe('A');
    expect(c.get('c')?.body).toBe('C');
  });
});
