import assert from 'node:assert/strict';
import { useProductionStack } from '../support/production-stack';

/**
 * MicrosoftAppType was not read before issue 15, so every bot signed in as SingleTenant. A leftover
 * "MultiTenant" beside a tenant id now changes how the bot signs in: the start says so.
 */
describe('production start with a leftover MicrosoftAppType=MultiTenant beside a tenant id', function () {
  this.timeout(60_000);
  const stack = useProductionStack({ env: { MicrosoftAppType: 'MultiTenant' } });

  it('logs the sign-in type, and warns with what to change', () => {
    assert.ok(stack.logs.some((l) => l.msg === 'bot listening' && l.appType === 'MultiTenant'));
    const warning = stack.logs.find((l) => l.level === 'warn' && /MultiTenant/.test(l.msg));
    assert.ok(warning, 'a warning at start');
    assert.match(warning.msg, /remove MicrosoftAppType or set it to SingleTenant/);
  });
});
