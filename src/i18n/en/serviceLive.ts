// Messages (en) of the serviceLive work; merged into the catalogue by ./index.ts.
export const serviceLiveMessages = {
  service: {
    live: {
      state: {
        connecting: 'Connecting…',
        live: 'Live',
        reconnecting: 'Reconnecting…',
        reconnecting_in: 'Reconnecting in %{seconds} s…',
        offline: 'Offline',
      },
      description: {
        connecting: 'Opening the live connection to the platform.',
        live: 'New messages arrive as buyers write.',
        reconnecting:
          'The live connection dropped. New messages may be late; replies wait and are sent on reconnect.',
        offline: "Offline – replies will be sent when you're back.",
      },
      reconnect_now: 'Reconnect now',
      outbox: {
        pending: 'Waiting to send',
        sending: 'Sending…',
        failed: 'Not sent',
      },
      figures: {
        label: "Today's reply figures",
        rate: '3-min reply rate',
        rate_short: '3-min',
        average: 'Avg first reply',
        average_short: 'Avg',
        me: 'me',
        team: 'team',
        none: '—',
        loading: 'Loading reply figures…',
        error: 'Reply figures unavailable',
        duration_seconds: '%{seconds} s',
        duration_minutes: '%{minutes} min %{seconds} s',
        help: 'Buyer messages answered by a person within 3 minutes of service time (09:00–23:00 China time), today.',
      },
    },
  },
};
