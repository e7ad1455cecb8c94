import { useEffect, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';

/** The corp the WeCom tabs work on: the first one configured ('' until it is read, or when there is none). */
export function useFirstCorpId(): string {
  const { get } = useFetchClient();
  const [corpId, setCorpId] = useState('');
  useEffect(() => {
    get<{ data: { corpId: string }[] }>('/wecom/corps')
      .then((r) => setCorpId(r.data.data[0]?.corpId ?? ''))
      .catch(() => undefined);
  }, []);
  return corpId;
}
