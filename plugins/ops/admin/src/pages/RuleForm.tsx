import { Box, Checkbox, Field, Flex, Grid, SingleSelect, SingleSelectOption, Switch, TextInput, Typography } from '@strapi/design-system';
import { FormActions } from '@wedraw/kit/admin';
import { CHANNELS, LEVELS, OPERATORS } from './format';

export interface RuleFormValue {
  code: string;
  name: string;
  metric: string;
  operator: string;
  threshold: string;
  forSeconds: string;
  level: string;
  channels: string[];
  quietMinutes: string;
  enabled: boolean;
}
export const EMPTY_RULE: RuleFormValue = {
  code: '',
  name: '',
  metric: '',
  operator: 'gt',
  threshold: '0',
  forSeconds: '60',
  level: 'warning',
  channels: [],
  quietMinutes: '5',
  enabled: true,
};
export interface MetricInfo {
  name: string;
  label: string;
  unit: string;
}

const text = (label: string, value: string, onChange: (v: string) => void, hint?: string, disabled?: boolean) => (
  <Field.Root hint={hint}>
    <Field.Label>{label}</Field.Label>
    <TextInput value={value} disabled={disabled} onChange={(e: React.ChangeEvent<HTMLInputElement>) => onChange(e.target.value)} />
    <Field.Hint />
  </Field.Root>
);

/** The form of one rule: new (with its code) or an existing one (the code fixed). */
export function RuleForm(props: {
  value: RuleFormValue;
  onChange: (v: RuleFormValue) => void;
  metrics: MetricInfo[];
  editing: boolean;
  busy: boolean;
  onSubmit: () => unknown;
  onCancel: () => unknown;
}) {
  const { value: f, onChange: set, metrics } = props;
  const unit = metrics.find((m) => m.name === f.metric)?.unit;
  return (
    <Box paddingTop={6}>
      <Typography variant="delta">{props.editing ? `编辑规则 ${f.code}` : '新建规则'}</Typography>
      <Grid.Root gap={4} paddingTop={2}>
        <Grid.Item col={4} direction="column" alignItems="stretch">
          {text('编码', f.code, (code) => set({ ...f, code }), '小写字母、数字或 -，创建后不可改', props.editing)}
        </Grid.Item>
        <Grid.Item col={8} direction="column" alignItems="stretch">
          {text('名称', f.name, (name) => set({ ...f, name }))}
        </Grid.Item>
        <Grid.Item col={6} direction="column" alignItems="stretch">
          <Field.Root>
            <Field.Label>指标</Field.Label>
            <SingleSelect value={f.metric} placeholder="选择指标" onChange={(v: string | number) => set({ ...f, metric: String(v) })}>
              {metrics.map((m) => (
                <SingleSelectOption key={m.name} value={m.name}>
                  {`${m.label}（${m.name}）`}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={2} direction="column" alignItems="stretch">
          <Field.Root>
            <Field.Label>比较</Field.Label>
            <SingleSelect value={f.operator} onChange={(v: string | number) => set({ ...f, operator: String(v) })}>
              {Object.entries(OPERATORS).map(([k, label]) => (
                <SingleSelectOption key={k} value={k}>
                  {label}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={4} direction="column" alignItems="stretch">
          {text(
            '阈值',
            f.threshold,
            (threshold) => set({ ...f, threshold }),
            unit === 'ratio' ? '比例：1% 填 0.01' : unit === 'seconds' ? '单位：秒' : undefined,
          )}
        </Grid.Item>
        <Grid.Item col={3} direction="column" alignItems="stretch">
          {text('持续（秒）', f.forSeconds, (forSeconds) => set({ ...f, forSeconds }), '超过阈值持续这么久才告警')}
        </Grid.Item>
        <Grid.Item col={3} direction="column" alignItems="stretch">
          <Field.Root>
            <Field.Label>级别</Field.Label>
            <SingleSelect value={f.level} onChange={(v: string | number) => set({ ...f, level: String(v) })}>
              {Object.entries(LEVELS).map(([k, label]) => (
                <SingleSelectOption key={k} value={k}>
                  {label}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={3} direction="column" alignItems="stretch">
          {text('静默期（分钟）', f.quietMinutes, (quietMinutes) => set({ ...f, quietMinutes }), '同一告警在此期间不重复通知')}
        </Grid.Item>
        <Grid.Item col={3} direction="column" alignItems="stretch">
          <Field.Root>
            <Field.Label>启用</Field.Label>
            <Switch aria-label="启用" checked={f.enabled} onCheckedChange={(enabled: boolean) => set({ ...f, enabled })} />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={12} direction="column" alignItems="stretch">
          <Typography variant="pi" fontWeight="bold">
            通知渠道（都不选则按级别发往通知对象）
          </Typography>
          <Flex gap={4} paddingTop={1}>
            {Object.entries(CHANNELS).map(([c, label]) => (
              <Checkbox
                key={c}
                checked={f.channels.includes(c)}
                onCheckedChange={(on: boolean) => set({ ...f, channels: on ? [...f.channels, c] : f.channels.filter((x) => x !== c) })}
              >
                {label}
              </Checkbox>
            ))}
          </Flex>
        </Grid.Item>
      </Grid.Root>
      <FormActions busy={props.busy} onSubmit={props.onSubmit} submitLabel={props.editing ? '保存' : '创建规则'} onCancel={props.onCancel} />
    </Box>
  );
}
