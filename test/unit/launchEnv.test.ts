import * as assert from 'assert';
import { serverEnv } from '../../server/src/launchEnv';

describe('the language server\'s environment (serverEnv)', () => {
  it('asks glibc for huge pages on Linux', () => {
    assert.deepStrictEqual(serverEnv({}, 'linux'), { GLIBC_TUNABLES: 'glibc.malloc.hugetlb=1' });
  });

  it('keeps the user\'s other tunables', () => {
    assert.deepStrictEqual(serverEnv({ GLIBC_TUNABLES: 'glibc.malloc.arena_max=2' }, 'linux'), {
      GLIBC_TUNABLES: 'glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1',
    });
  });

  it('leaves a user\'s own huge-page choice alone', () => {
    assert.deepStrictEqual(serverEnv({ GLIBC_TUNABLES: 'glibc.malloc.hugetlb=0' }, 'linux'), {});
    assert.deepStrictEqual(serverEnv({ GLIBC_TUNABLES: 'glibc.malloc.arena_max=2:glibc.malloc.hugetlb=2' }, 'linux'), {});
  });

  it('adds nothing where glibc does not run', () => {
    assert.deepStrictEqual(serverEnv({}, 'darwin'), {});
    assert.deepStrictEqual(serverEnv({}, 'win32'), {});
  });
});
