import type { CreateServiceRecordBody, ServiceRecord } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { resourceKeys } from '../../../lib/query-keys.ts';
import { serviceRecordQueryOptions } from './get-service-record.ts';

export function createServiceRecord(body: CreateServiceRecordBody): Promise<ServiceRecord> {
  return api.post<ServiceRecord>('/ledger/records', body);
}

/** Quick entry at the desk: the record is cached, the ledger's lists, totals and the workbench read again. */
export function useCreateServiceRecord() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createServiceRecord,
    onSuccess: async (record) => {
      queryClient.setQueryData(serviceRecordQueryOptions(record.id).queryKey, record);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: resourceKeys.ledger }),
        queryClient.invalidateQueries({ queryKey: resourceKeys.workbench }),
      ]);
    },
  });
}
