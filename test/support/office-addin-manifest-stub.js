// Stand-in for office-addin-manifest under Jest: office-addin-mock imports only this enum,
// and the real package pulls ESM-only dependencies that Jest's CommonJS loader rejects.
module.exports = {
  OfficeApp: {
    Excel: 'excel',
    OneNote: 'onenote',
    Outlook: 'outlook',
    PowerPoint: 'powerpoint',
    Project: 'project',
    Word: 'word',
  },
};
