#!/usr/bin/env python3
"""Write Name.resx (Vietnamese, neutral) and Name.en.resx from a TSV: key<TAB>vi<TAB>en. Merges with existing keys."""
import sys, re, html, os
from xml.etree import ElementTree as ET
HEAD='''<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
'''
def read(path):
    d={}
    if os.path.exists(path):
        for e in ET.parse(path).getroot().findall('data'):
            d[e.get('name')]=e.find('value').text or ''
    return d
def write(path,d):
    with open(path,'w',encoding='utf-8') as f:
        f.write(HEAD)
        for k in sorted(d):
            f.write(f'  <data name="{html.escape(k)}" xml:space="preserve"><value>{html.escape(d[k],quote=False)}</value></data>\n')
        f.write('</root>\n')
base=sys.argv[1]  # path without .resx
vi=read(base+'.resx'); en=read(base+'.en.resx')
for line in sys.stdin:
    line=line.rstrip('\n')
    if not line.strip() or line.startswith('#'): continue
    k,v,e=line.split('\t')
    vi[k]=v; en[k]=e
write(base+'.resx',vi); write(base+'.en.resx',en)
