import { describe, expect, it } from 'vitest';
import { SCIENCE_CHOICES } from './science-choices.js';

describe('SCIENCE_CHOICES', () => {
  it('should pin every open choice so that a change is a reviewed diff', () => {
    expect(SCIENCE_CHOICES).toMatchInlineSnapshot(`
      {
        "acwrWarmupDays": 28,
        "banisterIncludesToday": false,
        "ewmaSeed": "first-day",
        "hardSetMaxRir": 4,
        "maxRepsForEstimate": 12,
        "monotonySd": "population",
        "monotonyWhenSdZero": null,
        "primarySetWeight": 1,
        "proxyFallbackSessionRpe": 5,
        "proxyMinutesPerSet": 3,
        "restDayLoad": 0,
        "rollingAcwrMode": "uncoupled",
        "rpeTableLastValue": 57.2,
        "secondarySetWeight": 0.5,
        "singleIsOneRepMax": true,
        "strainLoad": "weekly-sum",
      }
    `);
  });
});
