import { Typography } from '@strapi/design-system';

/** One failed attempt of a sync run, as the sync services record it. */
export interface RunError {
  at: string;
  attempt: number;
  errcode: number | null;
  message: string;
}

const time = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });

/** The failed attempts of a sync run (fans, contacts), one line each, in red. */
export function RunErrors({ errors }: { errors: RunError[] }) {
  return (
    <>
      {errors.map((e, i) => (
        <Typography key={i} tag="p" textColor="danger600">
          {`${time(e.at)} 第 ${e.attempt} 次尝试失败${e.errcode !== null ? `（errcode ${e.errcode}）` : ''}：${e.message}`}
        </Typography>
      ))}
    </>
  );
}
