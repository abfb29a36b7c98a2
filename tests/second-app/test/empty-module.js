// Stylesheets imported by admin components mean nothing to Node.
export default {}
