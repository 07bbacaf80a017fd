import type { NextConfig } from "next";

// Server mode on purpose (`next build` + `next start`): the page reads the link's search params on the server so a
// shared link's first HTML already shows its view. No per-instance state is kept, so it scales out as is.
const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
};

export default nextConfig;
