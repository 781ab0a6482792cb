/**
 * The SMS channel's adapter. A configured gateway receives POST { to, text } as JSON with a bearer
 * token; without one every SMS is stored as not sent (never faked).
 */
export interface SmsGateway {
  readonly configured: boolean;
  send(to: string, text: string): Promise<void>;
}

export function createSmsGateway(config: { url: string; token: string | undefined } | undefined): SmsGateway {
  if (!config) {
    return {
      configured: false,
      send: () => Promise.reject(new Error('no SMS gateway configured')),
    };
  }
  return {
    configured: true,
    async send(to, text) {
      const response = await fetch(config.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(config.token ? { authorization: `Bearer ${config.token}` } : {}) },
        body: JSON.stringify({ to, text }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`);
    },
  };
}
