import Link from "next/link";

export default function NotFound() {
  return (
    <div className="card max-w-lg">
      <h1>Page not found</h1>
      <p className="mt-4">
        <Link href="/">Home</Link>
      </p>
    </div>
  );
}
