import type { ServiceItem, UpdateServiceItemBody } from '@jobcircle/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { serviceItemsQueryOptions } from './list-service-items.ts';

export function updateServiceItem(no: number, body: UpdateServiceItemBody): Promise<ServiceItem> {
  return api.patch<ServiceItem>(`/service-items/${no}`, body);
}

export function useUpdateServiceItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ no, body }: { no: number; body: UpdateServiceItemBody }) => updateServiceItem(no, body),
    onSuccess: (item) => {
      queryClient.setQueryData(serviceItemsQueryOptions().queryKey, (items) => items?.map((i) => (i.no === item.no ? item : i)));
    },
  });
}
