import assert from 'node:assert/strict';
import { appTypeWarning } from '../../config/azure-settings';

describe('appTypeWarning: a leftover MicrosoftAppType=MultiTenant is named at start', () => {
  const production = { production: true, appType: 'MultiTenant' as const, appTenantId: 'tenant-1' };

  it('warns, with what to change, for MultiTenant beside a tenant id in production', () => {
    assert.match(appTypeWarning(production) ?? '', /remove MicrosoftAppType or set it to SingleTenant/);
  });

  it('says nothing for a single-tenant bot, a multi-tenant bot without a tenant id, or outside production', () => {
    assert.equal(appTypeWarning({ ...production, appType: 'SingleTenant' }), undefined);
    assert.equal(appTypeWarning({ ...production, appType: 'UserAssignedMSI' }), undefined);
    assert.equal(appTypeWarning({ ...production, appTenantId: '' }), undefined);
    assert.equal(appTypeWarning({ ...production, production: false }), undefined);
  });
});
