import { useQuery } from '@tanstack/react-query';
import QRCode from 'qrcode';

/** A QR code drawn in the browser (no online service), as an image with a text alternative. */
export function QrCode({ value, label, size = 200 }: { value: string; label: string; size?: number }) {
  const { data } = useQuery({
    queryKey: ['qr', value, size],
    queryFn: () => QRCode.toDataURL(value, { margin: 1, width: size, errorCorrectionLevel: 'M' }),
    staleTime: Number.POSITIVE_INFINITY,
  });
  return data ? (
    <img src={data} width={size} height={size} alt={`${label}的二维码`} className="qr-image" />
  ) : (
    <span className="qr-image" style={{ display: 'inline-block', width: size, height: size }} />
  );
}
