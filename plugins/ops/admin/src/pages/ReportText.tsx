import { Box, Flex, Typography } from '@strapi/design-system';

/** `**bold**` runs of one line as text and bold spans. */
function Inline({ text }: { text: string }) {
  const parts = text.split(/(\*\*[^*]+\*\*)/g).filter(Boolean);
  return (
    <>
      {parts.map((p, i) =>
        p.startsWith('**') && p.endsWith('**') ? (
          <Typography key={i} fontWeight="bold">
            {p.slice(2, -2)}
          </Typography>
        ) : (
          <Typography key={i}>{p}</Typography>
        ),
      )}
    </>
  );
}

/**
 * A report as the operator reads it: the markdown the WeCom robot receives (`## ` title, `**bold**`,
 * `> ` level lines, `- ` list items), laid out instead of shown as raw text.
 */
export function ReportText({ text }: { text: string }) {
  return (
    <Flex direction="column" alignItems="stretch" gap={1}>
      {text.split('\n').map((line, i) => {
        if (line.startsWith('## '))
          return (
            <Typography key={i} variant="beta" tag="h3">
              {line.slice(3)}
            </Typography>
          );
        if (line.startsWith('> '))
          return (
            <Box key={i} paddingLeft={3} style={{ borderLeft: '3px solid #dcdce4' }}>
              <Typography textColor="neutral600">{line.slice(2)}</Typography>
            </Box>
          );
        if (line.startsWith('- '))
          return (
            <Flex key={i} gap={2} paddingLeft={3}>
              <Typography aria-hidden>•</Typography>
              <Box>
                <Inline text={line.slice(2)} />
              </Box>
            </Flex>
          );
        return (
          <Box key={i} paddingTop={line.startsWith('**') ? 2 : 0}>
            <Inline text={line} />
          </Box>
        );
      })}
    </Flex>
  );
}
