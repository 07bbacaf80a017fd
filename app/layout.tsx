import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: "AI City Index",
  description: "Compare Chinese cities' AI competitiveness with sourced indicators and your own weights.",
};

export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white font-sans text-gray-900 antialiased">{children}</body>
    </html>
  );
}
