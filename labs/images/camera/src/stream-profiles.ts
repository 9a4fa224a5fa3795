// Stream profiles as shipped: streamprofile.cgi lists them, param.cgi's StreamProfile group mirrors them.
export const STREAM_PROFILES = [
  { name: "Quality", description: "Best image quality", parameters: "videocodec=h264&resolution=1920x1080&fps=30&compression=20" },
  { name: "Balanced", description: "Quality and bandwidth balanced", parameters: "videocodec=h264&resolution=1280x720&fps=25" },
  { name: "Bandwidth", description: "Low bandwidth", parameters: "videocodec=h264&resolution=640x360&fps=15&compression=40" },
];
