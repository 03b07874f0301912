import type { VolumeZone } from '@liftgraph/domain/science';

/** How the heat map shows each volume-landmark zone (the zones and landmarks are the domain's, as the planner uses them). */
export const ZONE_STYLE: Record<VolumeZone, { bg: string; fg: string; label: string }> = {
  none: { bg: '#f2f4f7', fg: '#98a2b3', label: 'No sets' },
  'below-mev': { bg: '#dbe6ff', fg: '#2f5bea', label: 'Below MEV' },
  productive: { bg: '#c9efd8', fg: '#146c3c', label: 'MEV–MAV' },
  high: { bg: '#ffe3b0', fg: '#8a5300', label: 'MAV–MRV' },
  'above-mrv': { bg: '#ffc9c9', fg: '#a1161b', label: 'Above MRV' },
};
