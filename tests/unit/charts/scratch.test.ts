import { test } from 'vitest';
import { layoutBarChart } from '../../../src/lib/charts/bar-layout';
test('scratch', () => {
  const table = {
    columns: [{ name: 'country', type: 'string' as const }, { name: 'sales', type: 'number' as const, unit: 'million units' }],
    rows: [{ country: 'Japan', sales: 191.2 }, { country: 'Chile', sales: -3.4 }, { country: 'Peru', sales: null }],
  };
  const l = layoutBarChart(table, { width: 640, category: 'country', value: 'sales', annotations: [{ target: 'Japan', text: 'Record year after the new factory opened' }] });
  console.log(JSON.stringify(l, null, 1));
});
