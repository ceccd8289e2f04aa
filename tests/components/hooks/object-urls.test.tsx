import { parseHTML } from 'linkedom';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useObjectUrl } from '../../../components/hooks/use-object-url';
import { useRevokeWhenGone } from '../../../components/hooks/use-revoke-when-gone';
import { download } from '../../../lib/browser/download';
import { mount } from '../../support/mount';

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

function Links({ urls }: { urls: string[] }) {
  useRevokeWhenGone(urls);
  return <span>{urls.length}</span>;
}

function Preview({ blob }: { blob: Blob }) {
  return <a href={useObjectUrl(blob)}>pdf</a>;
}

describe('object URLs for downloads', () => {
  it('a link replaced by another is revoked, and every shown one when the view goes', async () => {
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const handle: { setUrls?: (urls: string[]) => void } = {};
    const { useState } = await import('preact/hooks');
    function Host() {
      const [urls, set] = useState(['blob:a', 'blob:b']);
      handle.setUrls = set;
      return <Links urls={urls} />;
    }
    const view = mount(<Host />);
    expect(revoke).not.toHaveBeenCalled();
    act(() => handle.setUrls!(['blob:b', 'blob:c']));
    expect(revoke.mock.calls.map((c) => c[0])).toEqual(['blob:a']);
    view.unmount();
    expect(revoke.mock.calls.map((c) => c[0]).sort()).toEqual(['blob:a', 'blob:b', 'blob:c']);
  });

  it('a preview revokes its URL on unmount', () => {
    const create = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:preview');
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const view = mount(<Preview blob={new Blob(['%PDF'])} />);
    expect(create).toHaveBeenCalledOnce();
    view.unmount();
    expect(revoke).toHaveBeenCalledWith('blob:preview');
  });

  it('a started download revokes its URL once the download has begun', () => {
    vi.useFakeTimers();
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const g = globalThis as unknown as { document: unknown };
    const previous = g.document;
    g.document = document;
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:zip');
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    try {
      download(new Uint8Array([1, 2, 3]), 'IKU.zip', 'application/zip');
      expect(revoke).not.toHaveBeenCalled();
      vi.runAllTimers();
      expect(revoke).toHaveBeenCalledWith('blob:zip');
    } finally {
      g.document = previous;
    }
  });
});
