import { useEffect, useState } from 'react';
import { Box, Flex, Grid, Typography } from '@strapi/design-system';
import { ErrorAlert, useApi } from '@wedraw/kit/admin';
import { ChartCard } from './ChartCard';
import { EChart, type ChartData } from './EChart';

interface Home {
  today: string;
  figures: Array<{ metric: string; label: string; unit?: string; today: number; yesterday: number; change: number }>;
  trends: ChartData & { from: string; to: string };
  attention: Array<{ key: string; label: string; value: number; link?: string }>;
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

function useHome() {
  const api = useApi();
  const [home, setHome] = useState<Home | null>(null);
  useEffect(() => {
    api.get<Home>('/analytics/home').then((h) => h && setHome(h));
  }, []);
  return { api, home };
}

function Figures({ home }: { home: Home }) {
  return (
    <Grid.Root gap={3}>
      {home.figures.map((f) => (
        <Grid.Item key={f.metric} col={3} s={6} direction="column" alignItems="stretch">
          <Box background="neutral0" padding={3} hasRadius shadow="tableShadow" width="100%">
            <Typography variant="pi" textColor="neutral600">
              {f.label}
            </Typography>
            <Typography variant="alpha" tag="p" data-figure={f.metric}>
              {f.today}
            </Typography>
            <Typography variant="pi" textColor={f.change >= 0 ? 'success600' : 'danger600'}>
              较昨日 {signed(f.change)}
            </Typography>
          </Box>
        </Grid.Item>
      ))}
    </Grid.Root>
  );
}

function Attention({ home }: { home: Home }) {
  return (
    <Flex gap={6} wrap="wrap" paddingBottom={2}>
      <Typography variant="delta" tag="h3">
        待处理
      </Typography>
      {home.attention.map((a) => (
        <Typography key={a.key} textColor={a.value > 0 ? 'danger600' : 'neutral800'}>
          {a.link ? <a href={`/admin${a.link}`}>{a.label}</a> : a.label}：{a.value}
        </Typography>
      ))}
    </Flex>
  );
}

/** Today's key figures against yesterday, what needs attention, the 30-day trends (the 概况 tab). */
export function HomeBoard() {
  const { api, home } = useHome();
  return (
    <Box>
      <ErrorAlert error={api.error} onClose={() => api.setError(null)} />
      {home && (
        <>
          <Box marginBottom={4}>
            <Figures home={home} />
          </Box>
          <Box background="neutral0" padding={3} hasRadius shadow="tableShadow" marginBottom={4}>
            <Attention home={home} />
          </Box>
          <ChartCard title="近 30 天趋势" data={home.trends} file={`近30天趋势-${home.today}`} />
        </>
      )}
    </Box>
  );
}

/** The figures one per line, two columns: all of them fit the homepage widget's fixed height. */
function CompactFigures({ home }: { home: Home }) {
  return (
    <Grid.Root gap={2}>
      {home.figures.map((f) => (
        <Grid.Item key={f.metric} col={6} direction="column" alignItems="stretch">
          <Flex justifyContent="space-between" gap={2} paddingBottom={1} style={{ borderBottom: '1px solid #eaeaef' }}>
            <Typography variant="omega" textColor="neutral600">
              {f.label}
            </Typography>
            <Flex gap={2}>
              <Typography variant="omega" fontWeight="bold" data-figure={f.metric}>
                {f.today}
              </Typography>
              <Typography variant="pi" textColor={f.change >= 0 ? 'success600' : 'danger600'}>
                较昨日 {signed(f.change)}
              </Typography>
            </Flex>
          </Flex>
        </Grid.Item>
      ))}
    </Grid.Root>
  );
}

/** Homepage widget: today's figures. */
export function TodayWidget() {
  const { api, home } = useHome();
  return (
    <Box width="100%">
      <ErrorAlert error={api.error} onClose={() => api.setError(null)} />
      {home && <CompactFigures home={home} />}
    </Box>
  );
}

/** Homepage widget: what needs attention and the 30-day trends. */
export function TrendsWidget() {
  const { api, home } = useHome();
  return (
    <Box width="100%">
      <ErrorAlert error={api.error} onClose={() => api.setError(null)} />
      {home && (
        <>
          <Attention home={home} />
          <EChart data={{ ...home.trends, title: '近 30 天趋势' }} height={170} />
        </>
      )}
    </Box>
  );
}
