import { describe, expect, expectTypeOf, it } from 'vitest';
import { defineComponent, type AnnotationProp, type ComponentSpec, type Key, type PropsOf, type ValueOf } from '../../../src/lib/registry/prop-spec.ts';

const GAUGE = defineComponent({
  doc: 'A test component.',
  example: '<Gauge dataset="sales" value="units" />',
  children: 'none',
  props: {
    dataset: { kind: 'ref', to: 'dataset', required: true, doc: 'Data.' },
    value: { kind: 'column', types: ['number'], list: true, required: true, doc: 'Columns.' },
    label: { kind: 'column', doc: 'One column.' },
    title: { kind: 'text', doc: 'Text.' },
    size: { kind: 'choice', values: ['small', 'large'], doc: 'Size.', default: 'small' },
    percent: { kind: 'boolean', doc: 'Flag.' },
    at: { kind: 'key', doc: 'One key.' },
    highlight: { kind: 'keys', doc: 'Keys.' },
    where: { kind: 'where', doc: 'Rows.' },
    annotations: { kind: 'annotations', doc: 'Callouts.' },
  },
});

type GaugeProps = PropsOf<typeof GAUGE>;

describe('defineComponent', () => {
  it('returns the declaration it is given', () => {
    const spec = { doc: 'D.', example: '<X />', children: 'none' as const, props: {} };
    expect(defineComponent(spec)).toBe(spec);
  });

  it('keeps the literal prop declarations, so choices keep their words', () => {
    expectTypeOf(GAUGE.props.size.values).toEqualTypeOf<readonly ['small', 'large']>();
    expectTypeOf(GAUGE.props.dataset.required).toEqualTypeOf<true>();
  });

  it('gives a declaration every component declaration can stand for', () => {
    expectTypeOf(GAUGE).toExtend<ComponentSpec>();
  });
});

describe('PropsOf', () => {
  it('makes the required props required, with their value types', () => {
    expectTypeOf<GaugeProps['dataset']>().toEqualTypeOf<string>();
    expectTypeOf<GaugeProps['value']>().toEqualTypeOf<string | readonly string[]>();
    expectTypeOf<Pick<GaugeProps, 'dataset' | 'value'>>().toEqualTypeOf<{ dataset: string; value: string | readonly string[] }>();
  });

  it('makes the other props optional, undefined allowed', () => {
    expectTypeOf<GaugeProps>().toEqualTypeOf<
      { dataset: string; value: string | readonly string[] } & {
        label?: string | undefined;
        title?: string | undefined;
        size?: 'small' | 'large' | undefined;
        percent?: boolean | undefined;
        at?: Key | undefined;
        highlight?: Key | readonly Key[] | undefined;
        where?: string | undefined;
        annotations?: readonly AnnotationProp[] | undefined;
      }
    >();
  });

  it('accepts props that leave out the optional ones, and refuses props missing a required one', () => {
    expectTypeOf({ dataset: 'sales', value: 'units' }).toExtend<GaugeProps>();
    expectTypeOf({ dataset: 'sales' }).not.toExtend<GaugeProps>();
  });

  it('is empty for a component without props', () => {
    expectTypeOf<PropsOf<{ props: {} }>>().toEqualTypeOf<{} & {}>();
  });
});

describe('ValueOf', () => {
  it('types each kind of prop', () => {
    expectTypeOf<ValueOf<{ kind: 'text'; doc: '' }>>().toEqualTypeOf<string>();
    expectTypeOf<ValueOf<{ kind: 'choice'; values: readonly ['a', 'b']; doc: '' }>>().toEqualTypeOf<'a' | 'b'>();
    expectTypeOf<ValueOf<{ kind: 'boolean'; doc: '' }>>().toEqualTypeOf<boolean>();
    expectTypeOf<ValueOf<{ kind: 'key'; doc: '' }>>().toEqualTypeOf<string | number>();
    expectTypeOf<ValueOf<{ kind: 'keys'; doc: '' }>>().toEqualTypeOf<string | number | readonly (string | number)[]>();
    expectTypeOf<ValueOf<{ kind: 'ref'; to: 'claim'; doc: '' }>>().toEqualTypeOf<string>();
    expectTypeOf<ValueOf<{ kind: 'where'; doc: '' }>>().toEqualTypeOf<string>();
    expectTypeOf<ValueOf<{ kind: 'annotations'; doc: '' }>>().toEqualTypeOf<readonly { at: string | number; text: string }[]>();
  });

  it('types a column as one name, or one or several when the declaration allows a list', () => {
    expectTypeOf<ValueOf<{ kind: 'column'; doc: '' }>>().toEqualTypeOf<string>();
    expectTypeOf<ValueOf<{ kind: 'column'; list: true; doc: '' }>>().toEqualTypeOf<string | readonly string[]>();
    expectTypeOf<ValueOf<{ kind: 'column'; list: false; doc: '' }>>().toEqualTypeOf<string>();
  });
});
