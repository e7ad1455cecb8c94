import type { CheckinResult, PointsSummary } from '@wedraw/contract';

/** The visitor's points summary (/api/points/me) and the daily check-in. */
export function usePoints() {
  const api = useApi();
  const { data: summary, loading, error, load } = useLoader(async () => (await api<{ data: PointsSummary }>('/points/me')).data);

  /** Checks in; the summary follows the answer. A 409 (already checked in) is thrown for the page to show. */
  async function checkin(): Promise<CheckinResult> {
    const result = (await api<{ data: CheckinResult }>('/points/checkin', { method: 'POST' })).data;
    if (summary.value) summary.value = { ...summary.value, balance: result.balance, streak: result.streak, checkedInToday: true };
    return result;
  }

  return { summary, loading, error, load, checkin };
}
